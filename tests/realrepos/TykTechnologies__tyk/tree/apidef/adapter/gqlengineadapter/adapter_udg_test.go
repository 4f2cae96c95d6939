// facts only, one per line
listenAddr = "localhost:9092"
listenAddr = "localhost:9092"
listenAddr = "localhost:9092"
listenAddr = "localhost:9092"
