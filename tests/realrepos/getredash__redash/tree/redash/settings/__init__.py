# facts only, one per line
redis://
"REDASH_STATSD_PORT", "8125
postgresql://
"REDASH_MAIL_PORT", 25
