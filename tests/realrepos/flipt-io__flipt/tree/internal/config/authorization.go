// facts only, one per line
SetDefault("authorization.required", false
SetDefault("authorization.backend", AuthorizationBackendLocal
SetDefault("authorization.local.policy.poll_interval", 5
SetDefault("authorization.local.data.poll_interval", 30
