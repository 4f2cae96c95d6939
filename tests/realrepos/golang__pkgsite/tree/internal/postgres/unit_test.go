// facts only, one per line
"m.com":                                "v1.1.0",
