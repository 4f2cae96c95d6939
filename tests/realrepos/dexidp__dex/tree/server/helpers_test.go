// facts only, one per line
		Web: WebConfig{
