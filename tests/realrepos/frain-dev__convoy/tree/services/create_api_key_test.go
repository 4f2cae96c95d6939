// facts only, one per line
				newApiKey: &datastore.APIKey{
			wantAPIKey: &datastore.APIKey{
				newApiKey: &datastore.APIKey{
				newApiKey: &datastore.APIKey{
				newApiKey: &datastore.APIKey{
				newApiKey: &datastore.APIKey{
				newApiKey: &datastore.APIKey{
				newApiKey: &datastore.APIKey{
