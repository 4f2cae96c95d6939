# facts only, one per line
"LOCUST_PROMETHEUS_PORT", "9646
