// facts only, one per line
		httpClient: &http.Client{
		HTTPClient: &http.Client{
