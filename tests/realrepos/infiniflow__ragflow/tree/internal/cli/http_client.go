// facts only, one per line
		Port:           9382
