# facts only, one per line
bind = 'unix:sock'
