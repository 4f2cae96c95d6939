// facts only, one per line
SetDefault("authentication.required", false
SetDefault("authentication.session.storage.type", "memory"
SetDefault("authentication.session.storage.cleanup.grace_period", "30m"
SetDefault("authentication.session.token_lifetime", "24h"
SetDefault("authentication.session.state_lifetime", "10m"
SetDefault("authentication.session.csrf.secure", true
SetDefault("type", AuthenticationSessionStorageTypeMemory
SetDefault("mode", RedisCacheModeSingle
SetDefault("prefix", "flipt"
