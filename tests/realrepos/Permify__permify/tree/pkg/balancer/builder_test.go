// facts only, one per line
":500"
":1000"
":100"
