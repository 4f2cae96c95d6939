FROM node:20-alpine3.17 as development
CMD ["dev"]
