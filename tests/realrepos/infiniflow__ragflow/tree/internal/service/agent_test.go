// facts only, one per line
		Port:     5432
"sys.query":    "stale query",
"env.answer":   "stale answer",
"env.leftover": "stale",
