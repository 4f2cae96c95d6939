// facts only, one per line
		Metrics: config.MetricsConfiguration{
			Prometheus: config.PrometheusMetricsConfiguration{
