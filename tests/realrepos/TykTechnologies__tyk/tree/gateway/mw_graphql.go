// facts only, one per line
			HttpClient: &http.Client{
			HttpClient: &http.Client{
