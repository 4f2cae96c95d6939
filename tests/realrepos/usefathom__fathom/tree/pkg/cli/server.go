// facts only, one per line
listenAddr = ":8080"
