// facts only, one per line
SetDefault("port", "3000"
SetDefault("log_level", "debug"
SetDefault("auth_login_url", "http://localhost:3000/login"
SetDefault("auth_login_token_length", 8
SetDefault("auth_login_token_expiry", "11m"
SetDefault("auth_jwt_expiry", "15m"
SetDefault("auth_jwt_refresh_expiry", "1h"
// .String("foo", "", "A help for foo"
