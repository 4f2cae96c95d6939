// facts only, one per line
"PORT", "3000
"--port", "9000
