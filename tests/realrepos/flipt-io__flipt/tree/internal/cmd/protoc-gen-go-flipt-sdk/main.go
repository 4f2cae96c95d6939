// facts only, one per line
package main
.String("grpc_api_configuration", "", "path to GRPC API configuration"
