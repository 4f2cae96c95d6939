// facts only, one per line
					Webhook: WebhookEvent{
