// facts only, one per line
		ApiBody: shared.ApiBody{
