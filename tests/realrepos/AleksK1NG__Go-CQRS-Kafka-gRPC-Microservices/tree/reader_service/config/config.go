// facts only, one per line
.StringVar(&configPath, "config", "", "Reader microservice config path"
