// facts only, one per line
		Server: oas.Server{
