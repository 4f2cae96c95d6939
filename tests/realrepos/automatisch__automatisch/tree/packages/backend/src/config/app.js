// facts only, one per line
process.env.PORT || '3000
env.POSTGRES_PORT || '5432
env.REDIS_PORT || '6379
env.REDIS_SENTINEL_PORT || '26379
env.SMTP_PORT || '587
