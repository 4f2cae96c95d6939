// facts only, one per line
listenAddr = ":3478"
