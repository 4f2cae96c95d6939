# facts only, one per line
bind = ":5500"
