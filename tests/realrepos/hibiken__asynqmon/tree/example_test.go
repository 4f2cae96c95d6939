// facts only, one per line
redisAddr = ":6379"
listenAddr = ":8000"
