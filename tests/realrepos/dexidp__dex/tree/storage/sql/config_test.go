// facts only, one per line
					Port:     6543
					Port: 6543
