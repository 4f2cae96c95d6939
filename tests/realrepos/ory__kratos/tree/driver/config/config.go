// facts only, one per line
		Port: 4433
		Port: 4434
