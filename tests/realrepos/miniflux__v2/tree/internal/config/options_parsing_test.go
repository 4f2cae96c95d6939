// facts only, one per line
listenAddr = ":1234"
listenAddr = "127.0.0.1:8080"
listenAddr = "0.0.0.0:8080"
listenAddr = "127.0.0.1:8081"
