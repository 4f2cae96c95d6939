    exec ${CMDPREFIX} gunicorn \
