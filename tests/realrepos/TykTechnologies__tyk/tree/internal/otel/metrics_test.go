// facts only, one per line
		Metrics: MetricsConfig{
			BaseMetricsConfig: BaseMetricsConfig{
listenAddr = "localhost:4317"
				BaseMetricsConfig: otelconfig.MetricsConfig{
listenAddr = "localhost:4317"
