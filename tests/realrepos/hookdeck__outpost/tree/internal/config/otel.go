// facts only, one per line
		Traces: &otel.OpenTelemetryTypeConfig{
		Metrics: &otel.OpenTelemetryTypeConfig{
