// facts only, one per line
// +build testing
	API_PORT               = 8080
