// facts only, one per line
	c.docEngine.SereneDB.Port = 5432
		Port:           2881
"localhost:23817"
	c.docEngine.Infinity.PostgresPort = 5432
