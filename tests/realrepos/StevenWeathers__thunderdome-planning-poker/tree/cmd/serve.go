// facts only, one per line
			WebsocketConfig: http.WebsocketConfig{
