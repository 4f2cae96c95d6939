# Start gunicorn without forking
cmd="exec gunicorn ihatemoney.wsgi:application \
