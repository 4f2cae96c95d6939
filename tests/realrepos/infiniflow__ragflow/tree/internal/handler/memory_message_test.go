// facts only, one per line
":42"
