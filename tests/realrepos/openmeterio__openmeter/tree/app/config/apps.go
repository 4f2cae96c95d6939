// facts only, one per line
SetDefault("apps.baseURL", "https://example.com"
SetDefault("apps.stripe.disableWebhookRegistration", false
SetDefault("apps.stripe.webhookURLPattern", ""
