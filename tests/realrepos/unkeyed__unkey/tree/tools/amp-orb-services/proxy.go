// facts only, one per line
package main
	frontlineUpstreamPort = 9443
