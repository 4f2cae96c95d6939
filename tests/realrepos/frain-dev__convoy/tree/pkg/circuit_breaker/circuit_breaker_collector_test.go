// facts only, one per line
		Prometheus: config.PrometheusMetricsConfiguration{
