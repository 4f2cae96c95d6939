// facts only, one per line
.StringVar(&configPath, "config", "", "API Gateway microservice config path"
