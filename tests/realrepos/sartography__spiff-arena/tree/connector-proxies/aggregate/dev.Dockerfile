FROM nginx:1.29-alpine
