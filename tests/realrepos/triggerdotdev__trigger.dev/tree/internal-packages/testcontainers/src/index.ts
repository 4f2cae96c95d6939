// facts only, one per line
port: 6379
port: 6379
