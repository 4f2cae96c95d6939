// facts only, one per line
SetDefault("host", "https://api.ente.com"
