// facts only, one per line
process.env.VECTOR_DB
process.env.MILVUS_ADDRESS
process.env.MILVUS_USERNAME
process.env.MILVUS_PASSWORD
