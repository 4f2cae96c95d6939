// facts only, one per line
		GRPC: GRPCConfig{
listenAddr = "0.0.0.0:8081"
		HTTP: HTTPConfig{
listenAddr = "0.0.0.0:8080"
		Trace: TraceConfig{
			OTLP: OTLPTraceConfig{
"0.0.0.0:4317"
		Playground: PlaygroundConfig{
			Port:    3000
		Profiler: ProfilerConfig{
listenAddr = ":3001"
		Metrics: MetricConfig{
listenAddr = "0.0.0.0:2112"
