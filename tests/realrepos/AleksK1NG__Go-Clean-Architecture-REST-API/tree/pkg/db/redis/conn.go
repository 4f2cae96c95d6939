// facts only, one per line
listenAddr = ":6379"
