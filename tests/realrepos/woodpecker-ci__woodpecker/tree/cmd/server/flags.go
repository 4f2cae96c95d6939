// facts only, one per line
package main
listenAddr = ":8000"
listenAddr = ":443"
listenAddr = ":9000"
