# facts only, one per line
bind = "0.0.0.0:{}"
