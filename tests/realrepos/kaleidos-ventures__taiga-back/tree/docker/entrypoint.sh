exec gosu taiga gunicorn taiga.wsgi:application \
