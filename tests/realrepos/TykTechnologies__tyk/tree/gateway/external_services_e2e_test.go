// facts only, one per line
		APIDefinition: &apidef.APIDefinition{
		Webhooks: config.ServiceConfig{
		Webhooks: config.ServiceConfig{
		APIDefinition: &apidef.APIDefinition{
