# facts only, one per line
bind = "unix:/tmp/gunicorn-websocket.sock"
