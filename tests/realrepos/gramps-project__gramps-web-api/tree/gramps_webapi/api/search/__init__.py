# facts only, one per line
sqlite://
