// facts only, one per line
Port        string `env:"MF_EMAIL_PORT"         envDefault:"25"
