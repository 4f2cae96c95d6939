// facts only, one per line
"localhost:4317"
