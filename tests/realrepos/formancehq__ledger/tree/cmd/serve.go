// facts only, one per line
listenAddr = "0.0.0.0:3068"
grpcAddr = "localhost:8081"
