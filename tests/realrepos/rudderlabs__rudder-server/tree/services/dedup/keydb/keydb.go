// facts only, one per line
		GrpcConfig: client.GrpcConfig{
