// facts only, one per line
		Port:                          8080
