// facts only, one per line
package main
.StringVar(&options.webHTTPAddr, "web-http-addr", "", "Web HTTP address"
.StringVar(&options.webHTTPSAddr, "web-https-addr", "", "Web HTTPS address"
.StringVar(&options.telemetryAddr, "telemetry-addr", "", "Telemetry address"
.StringVar(&options.grpcAddr, "grpc-addr", "", "gRPC API address"
group.Run()
