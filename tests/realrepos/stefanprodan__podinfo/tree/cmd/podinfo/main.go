// facts only, one per line
package main
.String("host", "", "Host to bind service to"
"port", 9898
.String("config-path", "", "config dir path"
.String("ui-logo", "", "UI logo"
.String("cache-server", "", "Redis address in the format 'tcp://<host>:<port>'"
.String("otel-service-name", "", "service name for OpenTelemetry, when not set tracing and log export are disabled"
SetDefault("jwt-secret", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
SetDefault("ui-logo", "https://raw.githubusercontent.com/stefanprodan/podinfo/gh-pages/cuddle_clap.gif"
