// facts only, one per line
	defaultLineWebhookPort = 3001
