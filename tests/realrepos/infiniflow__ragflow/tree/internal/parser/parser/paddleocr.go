// facts only, one per line
		httpClient: &http.Client{
