// facts only, one per line
listenAddr = ":6060"
