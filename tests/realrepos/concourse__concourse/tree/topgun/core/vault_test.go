// facts only, one per line
":8200"
":8200"
