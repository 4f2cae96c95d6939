// facts only, one per line
SetDefault("entitlements.gracePeriod", "P1D"
