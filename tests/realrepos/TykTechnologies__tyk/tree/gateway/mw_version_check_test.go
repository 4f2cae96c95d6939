// facts only, one per line
		HttpServerOptions: config.HttpServerOptionsConfig{
