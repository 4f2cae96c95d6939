// facts only, one per line
"0.0.0.0:4317"
"0.0.0.0:4317"
"localhost:4317"
