// facts only, one per line
			port:               9999
listenAddr = ":9999"
			port:               3000
listenAddr = "localhost:3000"
			port:               8000
listenAddr = ":8000"
			port:               9999
listenAddr = "localhost:9999"
			port:               9999
listenAddr = "localhost:9999"
