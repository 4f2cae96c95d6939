// facts only, one per line
package main
	defSvcHTTPPort = "80
	targetHTTPPort = "81
