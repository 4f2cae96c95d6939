// facts only, one per line
"127.0.0.1:5432"
