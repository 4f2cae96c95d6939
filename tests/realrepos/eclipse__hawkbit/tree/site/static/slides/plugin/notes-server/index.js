// facts only, one per line
  port :
	port :      1947,
