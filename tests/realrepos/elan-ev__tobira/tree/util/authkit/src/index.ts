// facts only, one per line
port: 3080
port: 3080
