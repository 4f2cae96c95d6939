// facts only, one per line
		server: &http.Server{
