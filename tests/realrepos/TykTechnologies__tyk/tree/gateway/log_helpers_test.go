// facts only, one per line
listenAddr = "127.0.0.1:80"
listenAddr = "127.0.0.1:80"
telemetryAddr = "localhost:4317"
