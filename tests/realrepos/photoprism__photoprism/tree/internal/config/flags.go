		Flag: cli.IntFlag{
			Name:   "http-port, port",
			Value:  2342,
