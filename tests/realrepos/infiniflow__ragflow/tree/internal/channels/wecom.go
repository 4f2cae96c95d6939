// facts only, one per line
	defaultWeComWebhookPort = 3002
