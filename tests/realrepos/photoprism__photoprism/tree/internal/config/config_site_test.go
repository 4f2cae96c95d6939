// facts only, one per line
"localhost:2342"
"localhost:2342"
