// facts only, one per line
			Prometheus: PrometheusConfig{
			Prometheus: PrometheusConfig{
