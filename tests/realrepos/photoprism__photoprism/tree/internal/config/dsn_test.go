// facts only, one per line
"127.0.0.1:3306"
"127.0.0.1:3306"
"localhost:3306"
"localhost:3306"
