// facts only, one per line
SetDefault("namespace.default", "default"
SetDefault("namespace.disableManagement", false
