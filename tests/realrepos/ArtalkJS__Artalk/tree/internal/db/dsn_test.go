// facts only, one per line
				Port:     5432
				Port:     3306
				Port:           3306
				Port:     3306
