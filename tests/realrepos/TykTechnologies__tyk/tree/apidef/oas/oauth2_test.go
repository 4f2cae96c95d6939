// facts only, one per line
		Server: Server{
		Server: Server{
