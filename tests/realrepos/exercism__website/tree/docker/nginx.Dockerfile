FROM nginx
