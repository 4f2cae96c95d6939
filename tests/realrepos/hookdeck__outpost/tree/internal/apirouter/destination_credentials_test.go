// facts only, one per line
		Webhook: &destregistrydefault.DestWebhookConfig{
