// facts only, one per line
// "localhost:9000"
					Traces: config.OpenTelemetryTypeConfig{
					Traces: config.OpenTelemetryTypeConfig{
					Traces: config.OpenTelemetryTypeConfig{
					Traces: config.OpenTelemetryTypeConfig{
