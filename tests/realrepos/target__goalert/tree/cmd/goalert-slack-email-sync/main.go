// facts only, one per line
package main
"localhost:1234"
.String("cert-file", "", "Path to PEM-encoded certificate for gRPC auth."
.String("key-file", "", "Path to PEM-encoded key for gRPC auth."
.String("ca-file", "", "Path to PEM-encoded CA certificate for gRPC auth."
.String("token", "", "Slack API token for looking up users."
.String("domain", "", "Limit requests to users with an email at the provided domain."
