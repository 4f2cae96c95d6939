# facts only, one per line
rediss://
redis://
postgres://
postgresql://
