// facts only, one per line
env.SMTP_PORT || 465
process.env.PORT || 8080
