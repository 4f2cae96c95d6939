// facts only, one per line
	port := 6379
