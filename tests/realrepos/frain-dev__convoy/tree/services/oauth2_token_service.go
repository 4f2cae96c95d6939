// facts only, one per line
		HTTPClient: &http.Client{
