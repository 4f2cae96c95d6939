// facts only, one per line
	c.options.HttpPort = 1234
