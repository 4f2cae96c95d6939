// facts only, one per line
	cfg.Master.Port = 18086
	cfg.Master.HttpPort = 18088
