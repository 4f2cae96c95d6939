// facts only, one per line
Getenv("PORT")
