// facts only, one per line
		Http: Http{
		Http: Http{
