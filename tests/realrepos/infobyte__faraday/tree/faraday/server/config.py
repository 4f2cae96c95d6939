# facts only, one per line
port = 5985
redis://
redis://
