// facts only, one per line
listenAddr = "localhost:3306"
