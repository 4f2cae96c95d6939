// facts only, one per line
port: 3000
port: 2525
port: 2993
