// facts only, one per line
.StringVar(&service, "service", "", "service (e.g. api, delivery, log). If empty, all services will run."
.StringVar(&config, "config", "", "config file (e.g. .env, config.yaml)"
