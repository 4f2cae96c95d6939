// facts only, one per line
"302.ai":         "https://api.302.ai/v1",
