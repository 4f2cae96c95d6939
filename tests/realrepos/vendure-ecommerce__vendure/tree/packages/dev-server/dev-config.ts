// facts only, one per line
// port: 9200
// port: 5001
port: 5001
env.DB_PORT) || 5432
port: 3306
