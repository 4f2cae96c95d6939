# facts only, one per line
# postgres://
"postgres://", "postgresql://"
