// facts only, one per line
package main
	defSvcHTTPPort = "9002
	defSvcGRPCPort = "9192
