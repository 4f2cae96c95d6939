// facts only, one per line
"README.md":  "THIS IS A README",
"README.md":  "THIS IS A README",
