FROM docker.io/linkace/base-image:php-8.3-alpine AS builder
FROM docker.io/library/node:20 AS npm_builder
FROM docker.io/linkace/base-image:php-8.3-alpine
