// facts only, one per line
mockoidc.Run()
mockoidc.Run()
		Port:     9999
		Port:     9999
