// facts only, one per line
slog.SetDefault(logger)
