// facts only, one per line
		NewApiKey: &datastore.APIKey{
