// facts only, one per line
SetDefault("portal.enabled", false
SetDefault("portal.cors.enabled", true
SetDefault("portal.tokenSecret", ""
SetDefault("portal.tokenExpiration", "1h"
