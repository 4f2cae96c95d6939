// facts only, one per line
		Port: 5433
