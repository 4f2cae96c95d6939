FROM node:lts AS git
FROM node:lts AS node_modules_touch
FROM node:lts-slim AS final
