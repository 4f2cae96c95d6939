// facts only, one per line
process.env.PGVECTOR_CONNECTION_STRING
