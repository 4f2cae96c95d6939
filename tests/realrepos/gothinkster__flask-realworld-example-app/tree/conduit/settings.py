# facts only, one per line
postgresql://
sqlite://
sqlite://
