// facts only, one per line
	c.queueEngine.NATS.Port = 4222
