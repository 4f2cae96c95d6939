// facts only, one per line
m.Run()
listenAddr = ":30000"
listenAddr = "127.0.0.1:6379"
listenAddr = "127.0.0.1:6379"
listenAddr = "127.0.0.1:26379"
