// facts only, one per line
process.env.WAREHOUSE_DB_LAMBDA_ITERATION
