// facts only, one per line
Getenv("PORT")
slog.SetDefault(logger)
