// facts only, one per line
				Port: 6379
listenAddr = "localhost:6379"
