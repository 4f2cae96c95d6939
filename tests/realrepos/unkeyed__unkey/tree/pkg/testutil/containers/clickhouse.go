// facts only, one per line
	clickhousePort     = 9000
	clickhouseHTTPPort = 8123
