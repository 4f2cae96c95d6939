// facts only, one per line
listenAddr = ":80"
listenAddr = "localhost:50051"
