# facts only, one per line
"http://"
'http://'
"https://"
'https://'
