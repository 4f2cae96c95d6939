// facts only, one per line
listenAddr = ":10000"
SetDefault("telemetry.address", ":10000"
SetDefault("telemetry.trace.sampler", "never"
SetDefault("telemetry.trace.operationSpans", false
SetDefault("telemetry.trace.exporters.otlp.enabled", false
SetDefault("telemetry.trace.exporters.otlp.address", ""
SetDefault("telemetry.metrics.exporters.prometheus.enabled", false
SetDefault("telemetry.metrics.exporters.prometheus.disabledefaultcollectors", false
SetDefault("telemetry.metrics.exporters.otlp.enabled", false
SetDefault("telemetry.metrics.exporters.otlp.address", ""
SetDefault("telemetry.log.format", "json"
SetDefault("telemetry.log.level", "info"
SetDefault("telemetry.log.exporters.otlp.enabled", false
SetDefault("telemetry.log.exporters.otlp.address", ""
SetDefault("telemetry.log.exporters.stdout.enabled", false
SetDefault("telemetry.log.exporters.file.enabled", false
SetDefault("telemetry.log.exporters.file.filepath", ""
SetDefault("telemetry.log.exporters.file.prettyprint", false
SetDefault("telemetry.readiness.interval", 3
SetDefault("telemetry.readHeaderTimeout", 10
