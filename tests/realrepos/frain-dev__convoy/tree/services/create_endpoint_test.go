// facts only, one per line
						ApiKey: &models.ApiKey{
					ApiKey: &datastore.ApiKey{
