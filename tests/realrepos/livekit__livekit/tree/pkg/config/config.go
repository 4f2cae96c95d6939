// facts only, one per line
	Port: 7880
			TCPPort:           7881
cli.StringFlag{ Name: name, Sources: cli.EnvVars(envVar), Usage: generatedCLIFlagUsage, DefaultText: defaultText, Hidden: hidden, }
