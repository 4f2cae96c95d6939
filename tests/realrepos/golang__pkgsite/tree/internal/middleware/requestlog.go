// facts only, one per line
		HTTPRequest: &logging.HTTPRequest{
