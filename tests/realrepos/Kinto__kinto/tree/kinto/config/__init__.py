# facts only, one per line
postgresql://
redis://
