// facts only, one per line
grpcAddr = "localhost:36790"
