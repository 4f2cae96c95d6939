// facts only, one per line
	defaultServerPort         = 8080
