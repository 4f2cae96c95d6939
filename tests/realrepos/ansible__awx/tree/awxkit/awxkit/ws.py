# facts only, one per line
port=443
port = 80
port = 443
'wss://'
'ws://'
