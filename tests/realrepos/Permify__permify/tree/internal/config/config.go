// facts only, one per line
		Server: Server{
			HTTP: HTTP{
			GRPC: GRPC{
		Profiler: Profiler{
		Tracer: Tracer{
