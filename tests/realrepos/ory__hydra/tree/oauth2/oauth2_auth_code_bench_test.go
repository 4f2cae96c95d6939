// facts only, one per line
listenAddr = "localhost:4318"
"tracing.providers.otlp.server_url": "http://localhost:4318",
"tracing.providers.otlp.insecure":   true,
