    'default' => env('CACHE_DRIVER', 'redis'),
