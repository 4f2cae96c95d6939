// facts only, one per line
				Port:     "123
