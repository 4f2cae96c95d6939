// facts only, one per line
						Webhook: WebhookEvent{
						Webhook: WebhookEvent{
						Webhook: WebhookEvent{
						Webhook: WebhookEvent{
						Webhook: WebhookEvent{
				Webhook: WebhookEvent{
				Webhook: WebhookEvent{
