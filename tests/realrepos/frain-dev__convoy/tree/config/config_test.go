// facts only, one per line
"localhost:5005"
					Port:               5432
					Port:   8379
				Server: ServerConfiguration{
					HTTP: HTTPServerConfiguration{
						Port:       80
						IngestPort: 5009
						AgentPort:  5008
						WorkerPort: 5006
				Tracer: TracerConfiguration{
				Metrics: MetricsConfiguration{
					Prometheus: PrometheusMetricsConfiguration{
"localhost:5005"
					Port:               5432
					Port:      6379
				Server: ServerConfiguration{
					HTTP: HTTPServerConfiguration{
						Port:       80
						AgentPort:  5008
						IngestPort: 5009
						WorkerPort: 5006
				Tracer: TracerConfiguration{
				Metrics: MetricsConfiguration{
					Prometheus: PrometheusMetricsConfiguration{
"localhost:5005"
					Port:               5432
					Port:   8379
				Server: ServerConfiguration{
					HTTP: HTTPServerConfiguration{
						Port:       80
						AgentPort:  5008
						IngestPort: 5009
						WorkerPort: 5006
				Tracer: TracerConfiguration{
				Metrics: MetricsConfiguration{
					Prometheus: PrometheusMetricsConfiguration{
					Port:                  5432
					Port: 6379
					Port:   6379
				Port:               5432
				Port:               5432
