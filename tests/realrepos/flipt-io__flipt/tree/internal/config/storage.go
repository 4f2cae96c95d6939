// facts only, one per line
SetDefault("storage.default.name", "default"
SetDefault("storage.default.backend.type", "memory"
SetDefault("storage.default.branch", "main"
SetDefault("storage.default.poll_interval", "30s"
setDefault("name", name
setDefault("backend.path", "."
setDefault("backend.type", "memory"
setDefault("branch", "main"
setDefault("poll_interval", "30s"
setDefault("fetch_policy", FetchPolicyStrict
