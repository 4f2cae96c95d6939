    exec gunicorn -c /home/vcap/app/gunicorn_config.py application
