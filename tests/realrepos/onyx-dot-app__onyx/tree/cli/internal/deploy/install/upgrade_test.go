// facts only, one per line
"HOST_PORT", "8080
