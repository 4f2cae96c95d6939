// facts only, one per line
	cmd.BindPort = 9090
