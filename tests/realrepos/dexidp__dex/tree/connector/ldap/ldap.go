// facts only, one per line
listenAddr = ":389"
listenAddr = ":636"
