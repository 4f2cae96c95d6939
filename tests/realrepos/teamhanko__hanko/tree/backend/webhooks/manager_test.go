// facts only, one per line
			Webhooks: config.WebhookSettings{
			Webhooks: config.WebhookSettings{
					Webhooks: config.WebhookSettings{
