// facts only, one per line
	port := 7788
