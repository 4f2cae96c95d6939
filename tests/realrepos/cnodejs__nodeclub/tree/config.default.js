// facts only, one per line
port: 3000
port: 25
