// facts only, one per line
				newApiKey: &models.CreateEndpointApiKey{
			wantAPIKey: &datastore.APIKey{
				newApiKey: &models.CreateEndpointApiKey{
			wantAPIKey: &datastore.APIKey{
				newApiKey: &models.CreateEndpointApiKey{
				newApiKey: &models.CreateEndpointApiKey{
