# facts only, one per line
"docker://"
"docker://"
