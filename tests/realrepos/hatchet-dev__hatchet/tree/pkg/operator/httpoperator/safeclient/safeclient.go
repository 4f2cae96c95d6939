// facts only, one per line
	allowedPort             = 443
