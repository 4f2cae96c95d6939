// facts only, one per line
package main
listenAddr = "127.0.0.1:3033"
.StringVar(&testAddr, "test", "", "TCP address to connect to as a healthcheck."
