// facts only, one per line
listenAddr = "127.0.0.1:3333"
listenAddr = "0.0.0.0:8080"
