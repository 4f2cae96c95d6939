# facts only, one per line
PG_SERVER
PG_PORT
