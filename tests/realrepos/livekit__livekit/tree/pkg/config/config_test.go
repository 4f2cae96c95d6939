// facts only, one per line
redisAddr = "localhost:6379"
"prometheus.port", "9999
"localhost:6379"
