// facts only, one per line
package main
listenAddr = "localhost:6379"
