// facts only, one per line
package main
"port", 8081
"port", 8081
