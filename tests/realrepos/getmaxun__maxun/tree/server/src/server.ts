// facts only, one per line
env.DB_PORT, 10)
