// facts only, one per line
listenAddr = ":3000"
listenAddr = ":3000"
