// facts only, one per line
"localhost:1812"
"localhost:1812"
