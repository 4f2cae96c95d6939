// facts only, one per line
port = 1337,
