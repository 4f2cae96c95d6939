// facts only, one per line
listenAddr = "localhost:1234"
listenAddr = "localhost:1234"
