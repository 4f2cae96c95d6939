// facts only, one per line
package main
	defSvcHTTPPort = "9006
