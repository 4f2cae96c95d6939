env('DB_CONNECTION', 'pgsql')
