// facts only, one per line
			port = "25
		port = "465
