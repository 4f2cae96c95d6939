// facts only, one per line
port: 3010
env.E2E_POSTGRES_PORT || 5432
env.E2E_MARIADB_PORT || 3306
env.E2E_MYSQL_PORT || 3306
