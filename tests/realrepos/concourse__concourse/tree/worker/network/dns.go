// facts only, one per line
listenAddr = ":53"
