env('DB_DRIVER', 'sqlite')
