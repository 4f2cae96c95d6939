# facts only, one per line
"TIMESKETCH_METRICS_PORT", 8080
