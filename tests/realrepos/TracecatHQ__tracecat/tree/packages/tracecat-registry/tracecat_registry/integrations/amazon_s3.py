# facts only, one per line
"s3://"
's3://'
"s3://"
