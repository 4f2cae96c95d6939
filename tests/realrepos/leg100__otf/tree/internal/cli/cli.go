// facts only, one per line
.StringVar(&cfg.Token, "token", "", "API authentication token"
