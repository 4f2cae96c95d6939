// facts only, one per line
		BaseServer: server.BaseServer{
