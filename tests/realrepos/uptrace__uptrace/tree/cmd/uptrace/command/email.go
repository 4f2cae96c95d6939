// facts only, one per line
cli.StringFlag{ Name: "to", Usage: "recipient email address", Required: true, }
