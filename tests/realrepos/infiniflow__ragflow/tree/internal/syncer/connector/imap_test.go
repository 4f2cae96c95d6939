// facts only, one per line
		port:          993
