// facts only, one per line
		port:     3306
		port:     3306
