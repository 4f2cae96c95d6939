// facts only, one per line
		GetWebhookRequestDto: admin.GetWebhookRequestDto{
		CreateWebhookRequestDto: admin.CreateWebhookRequestDto{
				GetWebhookRequestDto: admin.GetWebhookRequestDto{
				CreateWebhookRequestDto: admin.CreateWebhookRequestDto{
