// facts only, one per line
listenAddr = "localhost:4317"
					Metrics: otel.MetricsConfig{
						BaseMetricsConfig: otel.BaseMetricsConfig{
listenAddr = "localhost:4317"
								port: 8080
								httpServer: &http.Server{
listenAddr = ":8080"
								port: 8081
								httpServer: &http.Server{
listenAddr = ":8081"
								port: 8080
								httpServer: &http.Server{
listenAddr = ":8080"
								port:       8080
								port: 8081
								httpServer: &http.Server{
listenAddr = ":8081"
					port: 8080
					httpServer: &http.Server{
listenAddr = ":8080"
								port:     8080
								httpServer: &http.Server{
listenAddr = ":8080"
								port:     8443
								port:     8443
								port:     8443
								port:     8080
								httpServer: &http.Server{
listenAddr = ":8080"
								port:     8443
								port:     8443
								port:     8443
								port:     8444
					port:     8080
					httpServer: &http.Server{
listenAddr = ":8080"
					port:     8081
					httpServer: &http.Server{
listenAddr = ":8081"
listenAddr = "localhost:4317"
