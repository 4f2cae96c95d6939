// facts only, one per line
process.env.PAGINATION_PAGE_SIZE
process.env.NODE_ENV
process.env.NODE_ENV
process.env.VITE_AUTH0
process.env.VITE_OKTA
process.env.VITE_AWS_COGNITO
process.env.VITE_GOOGLE
