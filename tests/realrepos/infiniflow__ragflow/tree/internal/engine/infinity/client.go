// facts only, one per line
// "localhost:23817"
	port := 23817
