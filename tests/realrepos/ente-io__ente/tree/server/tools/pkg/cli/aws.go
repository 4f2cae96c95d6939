// facts only, one per line
.String("endpoint-url", "", "The root URL of the S3 compatible API (excluding the bucket)"
