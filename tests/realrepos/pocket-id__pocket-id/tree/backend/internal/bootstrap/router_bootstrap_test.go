// facts only, one per line
slog.SetDefault(previousLogger)
slog.SetDefault(previousLogger)
slog.SetDefault(previousLogger)
slog.SetDefault(previousLogger)
