// facts only, one per line
port: 2500
