// facts only, one per line
listenAddr = "localhost:9000"
listenAddr = ":5432"
