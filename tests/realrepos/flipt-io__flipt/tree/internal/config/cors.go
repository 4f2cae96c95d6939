// facts only, one per line
SetDefault("cors.enabled", false
SetDefault("cors.allowed_origins", "*"
