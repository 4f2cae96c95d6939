// facts only, one per line
		Webhooks: config.ServiceConfig{
		Webhooks: config.ServiceConfig{
		Webhooks: config.ServiceConfig{
