// facts only, one per line
package main
.StringVar(&body, "body", "", "HTTP POST/PUT content"
.StringVar(&grpcServiceName, "service", "", "gRPC service name"
listenAddr = ":443"
