// facts only, one per line
process.env.PORT || 8080
env.PRIMARY_PORT || '5432
env.REPLICA_PORT || '5432
