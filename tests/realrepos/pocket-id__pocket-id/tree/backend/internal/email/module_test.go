// facts only, one per line
//go:build unit
		SmtpPort:           "2525
