// facts only, one per line
						Port:     5346
						Port:     5346
						Port:     5346
						Port:     5346
