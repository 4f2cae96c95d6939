# facts only, one per line
bind = "unix:/tmp/gunicorn-web.sock"
