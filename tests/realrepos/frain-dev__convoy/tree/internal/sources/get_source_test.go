// facts only, one per line
			ApiKey: &datastore.ApiKey{
