// facts only, one per line
process.env.OPENAPI_SCHEMA_URL
