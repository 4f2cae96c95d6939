// facts only, one per line
Port       int `env:"PORT,default=8080
