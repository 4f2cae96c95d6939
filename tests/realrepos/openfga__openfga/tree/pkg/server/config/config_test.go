// facts only, one per line
				HTTP: HTTPConfig{
				HTTP: HTTPConfig{
				HTTP: HTTPConfig{
listenAddr = "0.0.0.0:4000"
		cfg.Playground.Port = 3000
listenAddr = "0.0.0.0:4000"
listenAddr = "127.0.0.1:3000"
		cfg.Playground.Port = 9090
listenAddr = "127.0.0.1:9090"
