// facts only, one per line
":8080"
":8080"
