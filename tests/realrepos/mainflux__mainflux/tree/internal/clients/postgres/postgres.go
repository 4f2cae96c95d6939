// facts only, one per line
Port        string `env:"PORT,notEmpty"           envDefault:"5432"
