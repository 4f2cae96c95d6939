// facts only, one per line
//go:build development
listenAddr = "localhost:5173"
