// facts only, one per line
package main
	defSvcHTTPPort = "5683
	defSvcCoAPPort = "5683
