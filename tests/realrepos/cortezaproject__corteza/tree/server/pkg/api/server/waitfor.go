// facts only, one per line
listenAddr = ":443"
listenAddr = ":80"
