// facts only, one per line
package main
"api_port", 3333
