FROM docker.io/golang:1.27-alpine AS golang_image
FROM docker.io/node:24-alpine
