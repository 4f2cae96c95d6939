    'default' => env('QUEUE_DRIVER', 'sync'),
