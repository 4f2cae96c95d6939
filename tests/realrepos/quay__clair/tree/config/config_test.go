// facts only, one per line
listenAddr = "localhost:8080"
							Webhook: &config.Webhook{
							Webhook: &config.Webhook{
listenAddr = "localhost:8080"
