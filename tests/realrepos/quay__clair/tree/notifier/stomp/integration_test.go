// facts only, one per line
"localhost:61613"
