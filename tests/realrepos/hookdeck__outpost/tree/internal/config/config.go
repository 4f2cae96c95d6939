// facts only, one per line
	c.APIPort = 3333
		Port: 6379
		Webhook: DestinationWebhookConfig{
