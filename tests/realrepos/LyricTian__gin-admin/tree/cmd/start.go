// facts only, one per line
cli.StringFlag{ Name: "workdir", Aliases: []string{"d"}, Usage: "Working directory", DefaultText: "configs", Value: "configs", }
cli.StringFlag{ Name: "config", Aliases: []string{"c"}, Usage: "Runtime configuration files or directory (relative to workdir, multiple separated by commas)", DefaultText: "dev", Value: "dev", }
cli.StringFlag{ Name: "static", Aliases: []string{"s"}, Usage: "Static files directory", }
