// facts only, one per line
		Server: Server{
			HTTP: HTTP{
				Port:           "3476
			GRPC: GRPC{
				Port: "3478
		Profiler: Profiler{
		Tracer: Tracer{
			Port:    "5000
