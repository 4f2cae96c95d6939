// facts only, one per line
		Webhooks: ServiceConfig{
				Webhooks: ServiceConfig{
