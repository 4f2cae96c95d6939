// facts only, one per line
process.env.TRIEVE_API_KEY
process.env.TRIEVE_ORGANIZATION_ID
process.env.TRIEVE_DATASET_ID
