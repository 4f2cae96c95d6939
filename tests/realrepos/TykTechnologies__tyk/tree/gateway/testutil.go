// facts only, one per line
m.Run()
listenAddr = "127.0.0.1:16500"
listenAddr = "127.0.0.1:16501"
		Server: oas.Server{
