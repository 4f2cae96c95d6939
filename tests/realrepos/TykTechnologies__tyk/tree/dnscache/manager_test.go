// facts only, one per line
listenAddr = ":8078"
listenAddr = ":8078"
