// facts only, one per line
			Port:           6379
			Port:       6379
