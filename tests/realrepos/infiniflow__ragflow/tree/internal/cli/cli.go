// facts only, one per line
			defaultApiServerConfig.Port = 9384
			AdminPort: 9383
listenAddr = "127.0.0.1:9380"
