// facts only, one per line
"localhost:5005"
	Server: ServerConfiguration{
		HTTP: HTTPServerConfiguration{
			Port:       5005
			WorkerPort: 5006
			AgentPort:  5008
			IngestPort: 5009
		Port:               5432
		Port:   6379
	Tracer: TracerConfiguration{
	Metrics: MetricsConfiguration{
		Prometheus: PrometheusMetricsConfiguration{
