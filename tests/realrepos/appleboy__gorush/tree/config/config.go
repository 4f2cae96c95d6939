// facts only, one per line
"core.port", "8088
"grpc.port", "9000
listenAddr = "127.0.0.1:4150"
listenAddr = "127.0.0.1:4222"
listenAddr = "127.0.0.1:6379"
listenAddr = "localhost:6379"
