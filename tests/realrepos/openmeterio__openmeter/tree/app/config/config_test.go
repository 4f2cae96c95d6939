// facts only, one per line
listenAddr = "127.0.0.1:8888"
listenAddr = "127.0.0.1:10000"
			Trace: TraceTelemetryConfig{
					OTLP: OTLPExportersTraceTelemetryConfig{
						OTLPExporterTelemetryConfig: OTLPExporterTelemetryConfig{
listenAddr = "127.0.0.1:4317"
			Metrics: MetricsTelemetryConfig{
					Prometheus: PrometheusExportersMetricsTelemetryConfig{
					OTLP: OTLPExportersMetricsTelemetryConfig{
						OTLPExporterTelemetryConfig: OTLPExporterTelemetryConfig{
listenAddr = "127.0.0.1:4317"
"127.0.0.1:9092"
					DebugContexts: pkgkafka.DebugContexts{
listenAddr = "127.0.0.1:9440"
				PoolMetrics: ClickhousePoolMetricsConfig{
listenAddr = "127.0.0.1:6379"
"127.0.0.1:9092"
					DebugContexts: pkgkafka.DebugContexts{
listenAddr = "127.0.0.1:6379"
			Webhook: WebhookConfiguration{
		Server: ServerConfig{
listenAddr = "127.0.0.1:6379"
