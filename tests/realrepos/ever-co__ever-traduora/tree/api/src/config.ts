// facts only, one per line
env.TR_PORT, 10)
env.TR_MAIL_PORT, 10)
env.TR_DB_PORT, 10)
