// facts only, one per line
grpcAddr = "localhost:6666"
grpcAddr = "localhost:6666"
