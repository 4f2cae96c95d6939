// facts only, one per line
listenAddr = ":9090"
