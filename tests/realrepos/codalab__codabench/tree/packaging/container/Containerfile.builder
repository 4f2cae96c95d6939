FROM node:lts-alpine3.23
