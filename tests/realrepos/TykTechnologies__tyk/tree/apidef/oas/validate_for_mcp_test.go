// facts only, one per line
			Server: Server{
