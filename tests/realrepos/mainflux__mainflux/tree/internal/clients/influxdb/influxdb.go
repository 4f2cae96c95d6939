// facts only, one per line
Port               string        `env:"PORT"                  envDefault:"8086"
