// facts only, one per line
":8844"
":8080"
":8844"
