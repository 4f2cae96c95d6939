// facts only, one per line
listenAddr = "localhost:5672"
listenAddr = "localhost:5672"
listenAddr = "127.0.0.1:5672"
listenAddr = "localhost:5672"
listenAddr = "localhost:5672"
listenAddr = "localhost:5672"
listenAddr = "localhost:5672"
