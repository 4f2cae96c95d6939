// facts only, one per line
	defaultPsqlPort = "5432
cmd.Run()
