FROM node:24.14.1-alpine
