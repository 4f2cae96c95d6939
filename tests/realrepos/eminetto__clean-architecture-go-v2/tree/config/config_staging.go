// facts only, one per line
// +build staging
	API_PORT               = 8080
