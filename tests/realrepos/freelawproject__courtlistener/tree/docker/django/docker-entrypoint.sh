    exec gunicorn cl.asgi:application \
