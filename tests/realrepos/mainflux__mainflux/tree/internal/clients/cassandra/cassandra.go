// facts only, one per line
Port     int      `env:"PORT"        envDefault:"9042"
