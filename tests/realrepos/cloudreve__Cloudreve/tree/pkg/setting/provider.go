// facts only, one per line
"smtpPort", 25
