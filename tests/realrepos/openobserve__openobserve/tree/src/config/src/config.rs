// facts only, one per line
#[env_config(name = "ZO_HTTP_PORT", default = 5080)
#[ "localhost:4222"
