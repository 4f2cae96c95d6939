// facts only, one per line
		settings.Server.Port = 3000
			Server: Server{
