// facts only, one per line
		Servers: ServerConfigurations{
