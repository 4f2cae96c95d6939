// facts only, one per line
"localhost:8085"
"localhost:8085"
"localhost:8085"
