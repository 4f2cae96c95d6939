// facts only, one per line
process.env.PORT ?? 3000
process.env.NODE_ENV
process.env.S3_UPLOAD_ENDPOINT
process.env.S3_UPLOAD_KEY
process.env.S3_UPLOAD_SECRET
