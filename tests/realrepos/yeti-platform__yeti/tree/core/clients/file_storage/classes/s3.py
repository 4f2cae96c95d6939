# facts only, one per line
"s3://"
