// facts only, one per line
package main
listenAddr = ":443"
