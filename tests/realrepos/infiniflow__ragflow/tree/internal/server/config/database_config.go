// facts only, one per line
	c.database.MySQL.Port = 3306
