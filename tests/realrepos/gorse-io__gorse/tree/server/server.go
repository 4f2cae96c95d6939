// facts only, one per line
		RestServer: RestServer{
