// facts only, one per line
				Port:   22
				Port:   2222
				Port:   22
