# facts only, one per line
"HOST_PORT", 9380
"HOST_PORT", 9380
