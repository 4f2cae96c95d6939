// facts only, one per line
"APPFLOWY_MAILER_SMTP_PORT", "465")
