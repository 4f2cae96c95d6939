// facts only, one per line
		defaults.SMTPPort = 465
