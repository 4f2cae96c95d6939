// facts only, one per line
process.env.VECTOR_DB
process.env.CHROMACLOUD_API_KEY
process.env.CHROMACLOUD_TENANT
process.env.CHROMACLOUD_DATABASE
