// facts only, one per line
"localhost:6379"
"127.0.0.1:4150"
listenAddr = "127.0.0.1:4222"
listenAddr = "127.0.0.1:6379"
"GORUSH_CORE_PORT", "9001
