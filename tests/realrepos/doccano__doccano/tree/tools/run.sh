gunicorn \
    echo "gunicorn crashed" >&2
