// facts only, one per line
		Port: 4444
		Port: 4445
