// facts only, one per line
	defaultIMAPPort          = 993
