// facts only, one per line
Port           string `toml:"port"          env:"MF_PROVISION_HTTP_PORT"            envDefault:"9016"
Port       string `toml:"http_port"     env:"MF_PROVISION_HTTP_PORT"            envDefault:"9016"
