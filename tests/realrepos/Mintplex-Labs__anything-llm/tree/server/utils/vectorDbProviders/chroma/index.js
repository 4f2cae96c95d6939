// facts only, one per line
process.env.VECTOR_DB
process.env.CHROMA_ENDPOINT
process.env.CHROMA_API_HEADER
process.env.CHROMA_API_KEY
process.env.CHROMA_API_KEY
