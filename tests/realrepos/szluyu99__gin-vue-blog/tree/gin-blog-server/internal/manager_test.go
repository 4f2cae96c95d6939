// facts only, one per line
// "localhost:6379"
listenAddr = "127.0.0.1:1234"
