// facts only, one per line
"localhost:1234"
"localhost:1234"
"localhost:1234"
"localhost:1234"
"localhost:1234"
