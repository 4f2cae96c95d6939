// facts only, one per line
				OTLP: tracing.OTLP{
