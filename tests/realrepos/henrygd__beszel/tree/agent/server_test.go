// facts only, one per line
//go:build testing
listenAddr = ":45987"
listenAddr = "127.0.0.1:45988"
listenAddr = ":45987"
listenAddr = ":45987"
listenAddr = ":45990"
