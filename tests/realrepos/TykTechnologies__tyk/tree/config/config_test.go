// facts only, one per line
telemetryAddr = "localhost:4318"
listenAddr = "localhost:4318"
telemetryAddr = "localhost:4318"
listenAddr = "localhost:4318"
