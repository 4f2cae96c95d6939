// facts only, one per line
				HttpServerOptions: config.HttpServerOptionsConfig{
				ListenPort: 8080
				HttpServerOptions: config.HttpServerOptionsConfig{
				ListenPort: 443
				HttpServerOptions: config.HttpServerOptionsConfig{
				ListenPort: 80
				HttpServerOptions: config.HttpServerOptionsConfig{
				ListenPort:    8080
listenAddr = "0.0.0.0:8080"
				HttpServerOptions: config.HttpServerOptionsConfig{
				ListenPort:    8080
listenAddr = "127.0.0.1:8080"
			ListenPort:        8080
			ListenPort:        8080
			ListenPort:        8080
			ListenPort:        8080
				Servers: openapi3.Servers{
			ListenPort:        8080
				Servers: openapi3.Servers{
			ListenPort:        8080
			ListenPort:        8080
				Servers: openapi3.Servers{
			ListenPort:        8080
			ListenPort:        8080
			ListenPort:        8080
			ListenPort:        8080
			ListenPort:        8080
				Servers: openapi3.Servers{
