// facts only, one per line
			Port:            50053
			Port:            50054
			Port:           50055
			Port:            1000
			Port:            1000
			Port:            50058
			Port:            50059
			Port:           443
			Port:            50061
