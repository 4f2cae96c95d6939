            'dsn' => 'mysql:host=localhost;dbname=humhub',
