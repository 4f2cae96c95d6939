// facts only, one per line
"0.0.0.0:8080"
"localhost:9092"
