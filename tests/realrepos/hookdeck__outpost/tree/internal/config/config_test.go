// facts only, one per line
api_port: 9090
// "localhost:9000"
		defaultPort = 3333
		configPort  = 8080
		envPort     = 9090
