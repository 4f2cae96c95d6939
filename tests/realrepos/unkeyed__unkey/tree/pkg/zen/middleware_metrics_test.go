// facts only, one per line
"X-Forwarded-Port", "443
