# facts only, one per line
"https://"
"wss://"
"http://"
"ws://"
