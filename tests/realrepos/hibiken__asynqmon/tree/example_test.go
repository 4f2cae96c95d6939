// facts only, one per line
listenAddr = ":6379"
listenAddr = ":8000"
