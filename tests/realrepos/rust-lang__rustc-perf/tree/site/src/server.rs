// facts only, one per line
"0.0.0.0:2346"
