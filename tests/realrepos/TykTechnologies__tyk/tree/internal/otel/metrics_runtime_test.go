// facts only, one per line
				BaseMetricsConfig: otelconfig.MetricsConfig{
				BaseMetricsConfig: otelconfig.MetricsConfig{
				BaseMetricsConfig: otelconfig.MetricsConfig{
				BaseMetricsConfig: otelconfig.MetricsConfig{
				BaseMetricsConfig: otelconfig.MetricsConfig{
		Metrics: MetricsConfig{
			BaseMetricsConfig: otelconfig.MetricsConfig{
listenAddr = "localhost:4317"
		Metrics: MetricsConfig{
			BaseMetricsConfig: otelconfig.MetricsConfig{
listenAddr = "localhost:4317"
		Metrics: MetricsConfig{
			BaseMetricsConfig: otelconfig.MetricsConfig{
