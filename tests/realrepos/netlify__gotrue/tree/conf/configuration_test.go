// facts only, one per line
m.Run()
"GOTRUE_TRACING_PORT", "8126
