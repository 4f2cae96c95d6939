FROM node:18 AS build
CMD ["npm", "start"]
