// facts only, one per line
process.env.AWS_LAMBDA_FUNCTION_NAME
