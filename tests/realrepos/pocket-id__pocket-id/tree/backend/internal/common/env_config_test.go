// facts only, one per line
"PORT", "8080
"ACTORS_PORT", "9999
