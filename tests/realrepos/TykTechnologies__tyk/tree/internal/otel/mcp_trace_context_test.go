// facts only, one per line
		Traces: &TracesConfig{
			MCPTraceContext: MCPTraceContextConfig{
