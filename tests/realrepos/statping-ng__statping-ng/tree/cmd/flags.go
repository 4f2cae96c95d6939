// facts only, one per line
package main
"port", "p", 8080
