// facts only, one per line
		gatewayHttpPort = 80
		gatewayHttpsPort = 443
