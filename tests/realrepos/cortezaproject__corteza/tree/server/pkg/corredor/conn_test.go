// facts only, one per line
		minPort = 50000
		maxPort = 63000
