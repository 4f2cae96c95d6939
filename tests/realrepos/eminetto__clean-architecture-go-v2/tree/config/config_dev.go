// facts only, one per line
// +build dev
	API_PORT               = 8080
