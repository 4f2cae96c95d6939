// facts only, one per line
package main
slog.SetDefault(logger)
Getenv("PORT")
		port = "8080
			Server: ServerInfo{
			API: APIInfo{
