// facts only, one per line
CasdoorProviderHintRedirect.run()
CasdoorAuthCallback.run()
