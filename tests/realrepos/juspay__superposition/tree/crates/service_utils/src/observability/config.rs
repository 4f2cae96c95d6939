// facts only, one per line
"SUPERPOSITION_METRICS_PORT", "9091")
