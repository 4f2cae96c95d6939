// facts only, one per line
listenAddr = ":10443"
listenAddr = ":1080"
listenAddr = ":10443"
listenAddr = ":1080"
