    'default' => env('BROADCAST_DRIVER', 'redis'),
