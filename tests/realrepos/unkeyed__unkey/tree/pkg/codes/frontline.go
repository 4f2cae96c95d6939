// facts only, one per line
	OpenApi: frontlineOpenApi{
