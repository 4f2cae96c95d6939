// facts only, one per line
SetDefault("auth_login_token_length", 8
SetDefault("auth_login_token_expiry", "11m"
SetDefault("auth_jwt_secret", "OjOHjJs1VvhuzIWqttTtNh7Y81xKgDatiopCUKMoKL0StwMb/LsBQLJ+AM6zq6WbherxmJGtPncQ3OsWPHdOTw=="
SetDefault("log_level", "error"
m.Run()
