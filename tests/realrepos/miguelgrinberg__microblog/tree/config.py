# facts only, one per line
postgres://
postgresql://
sqlite://
redis://
