// facts only, one per line
Port                        string `env:"PORT,default=3000
Port    string `env:"METRICS_PORT,default=4000
