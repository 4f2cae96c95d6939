// facts only, one per line
process.env.VECTOR_DB
process.env.PINECONE_API_KEY
process.env.PINECONE_INDEX
process.env.PINECONE_INDEX
process.env.PINECONE_INDEX
