gunicorn -c gunicorn.conf.py 'webservices.rest:create_app()'
