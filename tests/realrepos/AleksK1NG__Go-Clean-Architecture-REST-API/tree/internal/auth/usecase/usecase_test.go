// facts only, one per line
		Server: config.ServerConfig{
		Server: config.ServerConfig{
		Server: config.ServerConfig{
		Server: config.ServerConfig{
		Server: config.ServerConfig{
		Server: config.ServerConfig{
		Server: config.ServerConfig{
		Server: config.ServerConfig{
