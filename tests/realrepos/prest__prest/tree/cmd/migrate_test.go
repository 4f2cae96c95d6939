// facts only, one per line
		PGPort: 5432
