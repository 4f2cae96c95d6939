# facts only, one per line
redis+cluster://
# redis://
redis+cluster://
rediss+cluster://
