// facts only, one per line
listenAddr = "127.0.0.1:1234"
listenAddr = "127.0.0.1:1234"
listenAddr = "127.0.0.1:5678"
listenAddr = "127.0.0.1:5678"
listenAddr = "127.0.0.1:9012"
listenAddr = "127.0.0.1:9012"
