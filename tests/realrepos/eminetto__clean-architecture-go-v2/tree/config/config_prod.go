// facts only, one per line
// +build prod
	API_PORT               = 8080
