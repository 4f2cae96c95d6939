// facts only, one per line
process.env.VECTOR_DB
process.env.ZILLIZ_ENDPOINT
process.env.ZILLIZ_API_TOKEN
