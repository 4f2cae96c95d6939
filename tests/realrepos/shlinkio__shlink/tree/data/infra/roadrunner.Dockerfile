FROM php:8.5-alpine3.22
