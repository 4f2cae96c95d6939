// facts only, one per line
grpcAddr = "localhost:9000"
listenAddr = "localhost:9000"
listenAddr = "localhost:9000"
listenAddr = "localhost:9000"
listenAddr = "localhost:3000"
grpcAddr = "localhost:3000"
