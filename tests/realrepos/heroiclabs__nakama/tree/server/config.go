// facts only, one per line
		Port:                 7350
		Port:                7351
