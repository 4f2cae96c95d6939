# facts only, one per line
"sqs://"
redis://
