// facts only, one per line
grpcAddr = "localhost:9000"
