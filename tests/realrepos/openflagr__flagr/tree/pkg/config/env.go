// facts only, one per line
Port int `env:"PORT" envDefault:"18000"
Port           string `env:"FLAGR_STATSD_PORT" envDefault:"8125"
Port        string `env:"FLAGR_STATSD_APM_PORT" envDefault:"8126"
":9092"
