// facts only, one per line
		DbPort: 3306
		DbPort: 5432
