# facts only, one per line
postgresql://
postgresql://
