// facts only, one per line
	restatePort                 = 8080
	restateAdminPort            = 9070
