// facts only, one per line
				APIKey: &datastore.APIKey{
				APIKey: &datastore.APIKey{
