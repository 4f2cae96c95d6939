// facts only, one per line
			pprofPort = 6060
