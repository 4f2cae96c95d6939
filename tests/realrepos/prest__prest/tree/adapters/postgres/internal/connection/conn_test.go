// facts only, one per line
		PGPort:     5432
				Port:     9999
				PGPort: 5432
				Port:     5433
				PGPort:        5432
				PGPort:        5432
				Port:     5432
				PGPort:        5432
				Port:     5432
				Port:     5432
				Port:     5432
				Port:     5432
				Port:     5432
			PGPort:        5432
			PGPort:        5432
