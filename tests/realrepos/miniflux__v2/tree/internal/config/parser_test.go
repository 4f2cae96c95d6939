// facts only, one per line
listenAddr = ":8080"
listenAddr = ":8443"
