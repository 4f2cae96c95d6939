// facts only, one per line
		httpClient: &http.Client{
		searchHTTPClient: &http.Client{
		streamingHTTPClient: &http.Client{
		imageHTTPClient: &http.Client{
