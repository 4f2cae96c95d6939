// facts only, one per line
package main
	defSvcHTTPPort = "8190
	targetWSPort   = "8191
