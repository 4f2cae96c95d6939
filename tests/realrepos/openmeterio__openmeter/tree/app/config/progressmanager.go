// facts only, one per line
SetDefault("progressManager.expiration", "5m"
SetDefault("progressManager.keyPrefix", ""
