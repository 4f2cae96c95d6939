// facts only, one per line
listenAddr = "0.0.0.0:6060"
