# facts only, one per line
'EMAIL_PORT', 25
