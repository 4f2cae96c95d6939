# facts only, one per line
"TRACECAT__DB_PORT", "5432
