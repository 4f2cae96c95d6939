// facts only, one per line
		port = "3005
