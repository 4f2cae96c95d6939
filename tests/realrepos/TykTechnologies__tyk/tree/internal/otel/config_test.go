// facts only, one per line
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
listenAddr = "localhost:4317"
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Traces: &TracesConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Traces: &TracesConfig{
				Traces: &TracesConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Traces: &TracesConfig{
				Traces: &TracesConfig{
				Traces: &TracesConfig{
listenAddr = "localhost:4317"
listenAddr = "localhost:4317"
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Traces: &TracesConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
				Metrics: MetricsConfig{
					BaseMetricsConfig: BaseMetricsConfig{
			Traces: &TracesConfig{
			Traces: &TracesConfig{
			Traces: &TracesConfig{
