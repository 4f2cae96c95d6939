// facts only, one per line
cli.StringFlag{ Name: "dir", Value: "config/dashboard-templates", Usage: "path to the dir containing dashboard templates", }
