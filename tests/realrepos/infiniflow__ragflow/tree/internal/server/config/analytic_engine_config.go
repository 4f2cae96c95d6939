// facts only, one per line
	c.analyticEngine.Clickhouse.Port = 9900
