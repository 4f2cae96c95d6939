FROM php:8.5-fpm-alpine3.22
