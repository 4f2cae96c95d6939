# facts only, one per line
"gs://"
"gs://"
