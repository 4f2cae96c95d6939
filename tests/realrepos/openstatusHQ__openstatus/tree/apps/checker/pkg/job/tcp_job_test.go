// facts only, one per line
"localhost:1234"
