// facts only, one per line
		smtpConfigs.Port = 25
