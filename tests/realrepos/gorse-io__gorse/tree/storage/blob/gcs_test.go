// facts only, one per line
		Port:       5050
listenAddr = "localhost:5050"
