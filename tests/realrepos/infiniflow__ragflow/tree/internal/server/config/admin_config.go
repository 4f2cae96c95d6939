// facts only, one per line
	c.admin.HTTPPort = 9383
		c.admin.HTTPPort = 9383
