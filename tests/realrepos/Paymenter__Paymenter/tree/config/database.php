env('DB_CONNECTION', 'sqlite')
