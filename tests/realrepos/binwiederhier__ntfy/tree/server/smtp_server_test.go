// facts only, one per line
smtpAddr = ":25"
