// facts only, one per line
SetDefault("environments.default.name", "default"
SetDefault("environments.default.storage", "default"
SetDefault("environments.default.default", true
setDefault("name", name
setDefault("storage", "default"
