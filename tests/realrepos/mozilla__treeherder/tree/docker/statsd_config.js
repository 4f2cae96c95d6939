// facts only, one per line
port: 8125
