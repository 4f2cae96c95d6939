// facts only, one per line
			Port: 8080
		cfg.Database.Port = 3306
