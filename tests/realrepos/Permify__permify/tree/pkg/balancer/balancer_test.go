// facts only, one per line
listenAddr = "127.0.0.1:50051"
listenAddr = "127.0.0.1:50052"
listenAddr = "127.0.0.1:50051"
listenAddr = "127.0.0.1:50051"
listenAddr = "127.0.0.1:50051"
listenAddr = "127.0.0.1:50052"
listenAddr = "127.0.0.1:50053"
listenAddr = "127.0.0.1:50051"
