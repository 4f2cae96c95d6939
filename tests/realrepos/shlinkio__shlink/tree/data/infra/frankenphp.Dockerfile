FROM dunglas/frankenphp:1-php8.5-alpine
