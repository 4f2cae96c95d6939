// facts only, one per line
"w.state":             "running",
"w.state":         "running",
