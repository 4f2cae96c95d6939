# facts only, one per line
"SERVER_PORT", "8888
