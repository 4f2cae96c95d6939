# facts only, one per line
'POSTGRES_PORT', '5432
'REDIS_PORT', '6379
