// facts only, one per line
listenAddr = "0.0.0.0:8081"
listenAddr = "0.0.0.0:8080"
"0.0.0.0:4317"
			Port:    3000
listenAddr = ":3001"
listenAddr = "0.0.0.0:2112"
