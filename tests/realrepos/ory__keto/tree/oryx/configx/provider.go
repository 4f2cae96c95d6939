// facts only, one per line
			OTLP: otelx.OTLPConfig{
