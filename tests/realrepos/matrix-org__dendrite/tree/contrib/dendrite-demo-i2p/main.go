// facts only, one per line
package main
listenAddr = "127.0.0.1:7656"
