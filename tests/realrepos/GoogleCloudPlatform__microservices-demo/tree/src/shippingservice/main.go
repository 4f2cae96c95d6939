// facts only, one per line
package main
	defaultPort = "50051
