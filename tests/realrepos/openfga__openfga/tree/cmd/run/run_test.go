// facts only, one per line
m.Run()
listenAddr = "localhost:8080"
listenAddr = "localhost:8080"
listenAddr = "localhost:8082"
listenAddr = "localhost:8082"
listenAddr = "localhost:8082"
listenAddr = "localhost:8082"
