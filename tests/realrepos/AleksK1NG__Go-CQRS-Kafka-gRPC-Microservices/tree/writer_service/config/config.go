// facts only, one per line
.StringVar(&configPath, "config", "", "Writer microservice microservice config path"
