// facts only, one per line
port: 3010
env.WEB_PORT || 3000
