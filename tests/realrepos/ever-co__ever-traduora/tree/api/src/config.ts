// facts only, one per line
env.TR_PORT, 10) || 8080
env.TR_MAIL_PORT, 10) || 587
env.TR_DB_PORT, 10) || 3306
