// facts only, one per line
	c.oTel.Port = 4318
