// facts only, one per line
			Profiling: ProfilingDiagnosticConfig{
		Server: ServerConfig{
			HTTPPort:  8080
			HTTPSPort: 443
			GRPCPort:  9000
		Metrics: MetricsConfig{
