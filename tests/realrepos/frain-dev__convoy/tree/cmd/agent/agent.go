// facts only, one per line
.StringVar(&smtpUsername, "smtp-username", "", "SMTP authentication username"
.StringVar(&smtpPassword, "smtp-password", "", "SMTP authentication password"
.StringVar(&smtpFrom, "smtp-from", "", "Sender email address"
.StringVar(&smtpReplyTo, "smtp-reply-to", "", "Email address to reply to"
.StringVar(&smtpProvider, "smtp-provider", "", "SMTP provider"
.StringVar(&smtpUrl, "smtp-url", "", "SMTP provider URL"
.StringVar(&executionMode, "mode", "", "Execution Mode (one of events, retry and default)"
