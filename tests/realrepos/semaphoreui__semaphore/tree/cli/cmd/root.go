// facts only, one per line
.StringVar(&persistentFlags.logLevel, "log-level", "", "Log level: DEBUG, INFO, WARN, ERROR, FATAL, PANIC"
.StringVar(&persistentFlags.configPath, "config", "", "Configuration file path"
schedulePool.Run()
taskPool.Run()
