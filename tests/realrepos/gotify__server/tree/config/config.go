// facts only, one per line
			Port: 80
				Port:            443
