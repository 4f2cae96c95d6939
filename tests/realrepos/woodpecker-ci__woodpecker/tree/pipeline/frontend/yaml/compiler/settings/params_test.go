// facts only, one per line
"from.address":     "noreply@example.com",
