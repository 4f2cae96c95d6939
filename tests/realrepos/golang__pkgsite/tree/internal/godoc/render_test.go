// facts only, one per line
"T.M": "v1.4.0",
