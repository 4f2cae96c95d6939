// facts only, one per line
.StringVar(&configPath, "config", "", "Search microservice config path"
