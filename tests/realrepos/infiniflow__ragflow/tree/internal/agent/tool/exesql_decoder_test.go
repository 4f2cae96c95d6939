// facts only, one per line
		Port:       3306
