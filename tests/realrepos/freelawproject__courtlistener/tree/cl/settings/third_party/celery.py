# facts only, one per line
redis://
redis://
