// facts only, one per line
"localhost:7349"
"localhost:7349"
