// facts only, one per line
	minioPort = 9000
