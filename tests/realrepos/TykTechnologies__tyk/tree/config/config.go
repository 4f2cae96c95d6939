// facts only, one per line
		ListenPort:     8080
			Port:    6379
