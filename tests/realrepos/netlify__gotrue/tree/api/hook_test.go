// facts only, one per line
		Webhook: conf.WebhookConfig{
		Webhook: conf.WebhookConfig{
		Webhook: conf.WebhookConfig{
		Webhook: conf.WebhookConfig{
		Webhook: conf.WebhookConfig{
		Webhook: conf.WebhookConfig{
