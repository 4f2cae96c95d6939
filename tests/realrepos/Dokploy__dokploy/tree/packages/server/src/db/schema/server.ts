// facts only, one per line
port: 4500
