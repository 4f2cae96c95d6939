// facts only, one per line
package main
listenAddr = "localhost:1313"
"localhost:1313"
"localhost:1313"
