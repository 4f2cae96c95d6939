// facts only, one per line
				Port: 5432
				Port: 5432
