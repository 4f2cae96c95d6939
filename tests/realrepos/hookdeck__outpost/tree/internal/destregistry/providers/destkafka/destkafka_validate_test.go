// facts only, one per line
"localhost:9092"
"localhost:9092"
"localhost:9092"
