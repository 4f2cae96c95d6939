// facts only, one per line
	defaultPort       = "25
