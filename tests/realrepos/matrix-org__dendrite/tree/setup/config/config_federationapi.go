// facts only, one per line
	c.Port = 8080
