// facts only, one per line
mockoidc.Run()
