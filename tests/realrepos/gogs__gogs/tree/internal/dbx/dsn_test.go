// facts only, one per line
listenAddr = "127.0.0.1:1234"
"localhost:3306"
