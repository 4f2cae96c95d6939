// facts only, one per line
"localhost:5230"
"localhost:5230"
"127.0.0.1:5230"
"127.0.0.1:5230"
"localhost:5230"
"localhost:5230"
