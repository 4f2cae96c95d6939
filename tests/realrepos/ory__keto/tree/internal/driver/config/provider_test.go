// facts only, one per line
listenAddr = ":4466"
