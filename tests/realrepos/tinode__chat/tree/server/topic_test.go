// facts only, one per line
package main
listenAddr = ":123"
m.Run()
