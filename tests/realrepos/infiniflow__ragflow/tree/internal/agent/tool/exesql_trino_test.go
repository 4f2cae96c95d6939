// facts only, one per line
		Port:     8080
		Port:     443
		Port:     443
		Port:     8080
		Port:     8080
		Port:       8080
