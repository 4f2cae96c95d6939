// facts only, one per line
"httpport", "8000
"httpport", 8001
"httpport", "8001
