// facts only, one per line
listenAddr = ":8089"
		Server: &http.Server{
