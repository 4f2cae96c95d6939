// facts only, one per line
m.Run()
				ApiKey: &datastore.ApiKey{
		ApiKey: &datastore.ApiKey{
