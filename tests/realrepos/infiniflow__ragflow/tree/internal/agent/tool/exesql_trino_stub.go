// facts only, one per line
		port = 8080
