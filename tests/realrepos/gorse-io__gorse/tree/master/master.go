// facts only, one per line
		RestServer: server.RestServer{
