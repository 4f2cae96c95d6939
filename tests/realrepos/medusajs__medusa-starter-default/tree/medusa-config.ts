// facts only, one per line
process.env.DATABASE_URL
process.env.STORE_CORS
process.env.ADMIN_CORS
process.env.AUTH_CORS
