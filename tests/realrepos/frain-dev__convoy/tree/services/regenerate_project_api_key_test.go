// facts only, one per line
			wantAPIKey: &datastore.APIKey{
