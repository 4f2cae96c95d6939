// facts only, one per line
process.env.VECTOR_DB
