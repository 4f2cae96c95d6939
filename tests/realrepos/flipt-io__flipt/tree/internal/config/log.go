// facts only, one per line
SetDefault("log.level", "INFO"
SetDefault("log.encoding", "console"
SetDefault("log.grpc_level", "ERROR"
SetDefault("log.keys.time", "T"
SetDefault("log.keys.level", "L"
SetDefault("log.keys.message", "M"
