# facts only, one per line
bind = "localhost:5001"
