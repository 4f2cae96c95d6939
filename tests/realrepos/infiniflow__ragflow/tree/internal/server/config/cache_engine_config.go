// facts only, one per line
	c.cacheEngine.Redis.Port = 6379
// "localhost:6379"
