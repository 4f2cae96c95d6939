// facts only, one per line
			HttpPort:   7070
				Metrics: &sharedconfig.MetricsConfig{
			Pprof: &sharedconfig.PprofConfig{
