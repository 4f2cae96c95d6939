// facts only, one per line
	minPort = 80
