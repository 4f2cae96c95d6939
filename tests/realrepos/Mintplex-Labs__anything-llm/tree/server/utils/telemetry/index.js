// facts only, one per line
process.env.DISABLE_TELEMETRY
