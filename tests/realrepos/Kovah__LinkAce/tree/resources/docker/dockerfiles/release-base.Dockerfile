FROM docker.io/library/php:8.3-fpm-alpine
