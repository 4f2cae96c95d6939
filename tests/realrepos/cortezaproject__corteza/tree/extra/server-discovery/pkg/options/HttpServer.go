// facts only, one per line
listenAddr = ":80"
