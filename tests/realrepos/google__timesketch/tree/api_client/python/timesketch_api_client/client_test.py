# facts only, one per line
"http://"
"https://"
port=8080
port=8080
