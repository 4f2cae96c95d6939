// facts only, one per line
listenAddr = "127.0.0.1:6831"
			OTLP: otelx.OTLPConfig{
listenAddr = "localhost:4318"
