// facts only, one per line
	c.apiServer.HTTPPort = 9384
		c.apiServer.HTTPPort = 9384
