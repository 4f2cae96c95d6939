// facts only, one per line
"Dedup.enableDedup":              true,
"Reporting.dedupMetrics.enabled": true,
