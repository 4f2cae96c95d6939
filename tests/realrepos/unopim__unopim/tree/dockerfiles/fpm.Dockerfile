FROM composer:2 AS composer
FROM php:8.4-fpm
