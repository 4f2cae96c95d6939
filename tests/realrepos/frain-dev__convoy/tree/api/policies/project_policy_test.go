// facts only, one per line
						APIKey: &datastore.APIKey{
