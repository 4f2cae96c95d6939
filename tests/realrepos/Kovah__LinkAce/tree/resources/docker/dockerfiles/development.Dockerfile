FROM docker.io/library/php:8.1-fpm-alpine
