# facts only, one per line
'MAIL_PORT', '587
sqlite://
sqlite://
sqlite://
