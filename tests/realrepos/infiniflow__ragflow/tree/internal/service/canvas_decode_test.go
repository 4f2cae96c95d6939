// facts only, one per line
"sys.query": "",
"sys.query":       "hello",
"sys.user_id":     "user-1",
"env.loop_done":   false,
