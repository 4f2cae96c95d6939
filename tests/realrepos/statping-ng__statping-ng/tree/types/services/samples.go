// facts only, one per line
		Port:                443
		Port:      53
