// facts only, one per line
env.SMTP_PORT || "465
