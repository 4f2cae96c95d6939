// facts only, one per line
				cfg.Server.HTTPPort = 8081
					HTTPPort:  8081
					HTTPSPort: 8080
					GRPCPort:  9001
"HTTP_PORT", "8080
"HTTP_PORT", "8080
"GRPC_PORT", "9000
