// facts only, one per line
SetDefault("server.host", "0.0.0.0"
SetDefault("server.protocol", HTTP
SetDefault("server.http_port", 8080
SetDefault("server.https_port", 443
SetDefault("server.grpc_port", 9000
