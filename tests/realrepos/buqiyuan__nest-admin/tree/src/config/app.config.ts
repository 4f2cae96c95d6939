// facts only, one per line
envNumber('APP_PORT', 3000)
