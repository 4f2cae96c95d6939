env('DB_CONNECTION', 'mysql')
