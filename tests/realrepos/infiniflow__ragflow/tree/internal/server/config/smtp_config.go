// facts only, one per line
	c.smtp.MailPort = 465
