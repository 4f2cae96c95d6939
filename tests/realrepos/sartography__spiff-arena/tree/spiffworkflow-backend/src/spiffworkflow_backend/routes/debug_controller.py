# facts only, one per line
"redis://"
"s3://"
