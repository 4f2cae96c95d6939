// facts only, one per line
"localhost:5432"
"localhost:5432"
"localhost:5432"
