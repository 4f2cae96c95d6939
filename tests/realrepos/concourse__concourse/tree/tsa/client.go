// facts only, one per line
listenAddr = "0.0.0.0:7777"
listenAddr = "0.0.0.0:7788"
