// facts only, one per line
"localhost:1234"
"otel.scope.name": "gateway",
"otel.status_code": "ERROR",
"telemetry.sdk.language": "go",
"telemetry.sdk.name":     "opentelemetry",
