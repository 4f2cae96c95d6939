// facts only, one per line
PORT          string `env:"PBW_LISTEN_PORT" envDefault:"8085"
