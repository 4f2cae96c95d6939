// facts only, one per line
process.env.VECTOR_DB
process.env.QDRANT_ENDPOINT
process.env.QDRANT_API_KEY
process.env.QDRANT_API_KEY
