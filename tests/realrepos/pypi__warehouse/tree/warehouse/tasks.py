# facts only, one per line
# rediss://
