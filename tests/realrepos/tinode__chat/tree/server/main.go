// facts only, one per line
package main
// ":80"
// "localhost:80"
// ":80"
// ":443"
.String("listen", "", "Override address and port to listen on for HTTP(S) clients."
.String("api_path", "", "Override the base URL path where API is served."
.String("grpc_listen", "", "Override address and port to listen on for gRPC clients."
.String("cluster_self", "", "Override the name of the current cluster node."
.String("expvar", "", "Override the URL path where runtime stats are exposed. Use '-' to disable."
.String("server_status", "", "Override the URL path where the server's internal status is displayed. Use '-' to disable."
.String("pprof", "", "File name to save profiling info to. Disabled if not set."
.String("pprof_url", "", "Debugging only! URL path for exposing profiling info. Disabled if not set."
