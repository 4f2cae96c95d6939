// facts only, one per line
listenAddr = "127.0.0.1:8009"
