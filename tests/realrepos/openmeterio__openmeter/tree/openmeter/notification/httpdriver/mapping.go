// facts only, one per line
			WebHook: notification.WebHookChannelConfig{
			WebHook: notification.WebHookChannelConfig{
