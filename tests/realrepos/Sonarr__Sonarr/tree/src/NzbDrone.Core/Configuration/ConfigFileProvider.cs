# facts only, one per line
GetValueInt("Port", 8989)
