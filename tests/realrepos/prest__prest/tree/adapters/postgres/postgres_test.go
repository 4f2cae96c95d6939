// facts only, one per line
		PGPort:      5432
		PGPort:      5432
		PGPort:      5432
		PGPort:      5432
