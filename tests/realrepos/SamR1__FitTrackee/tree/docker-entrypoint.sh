# Run app w/ gunicorn
exec gunicorn -b 0.0.0.0:5000 "fittrackee:create_app()" --log-level "${LOG_LEVEL:-info}" --error-logfile "${GUNICORN_LOG:-/usr/src/app/logs/gunicorn.log}" --workers="${APP_WORKERS:-1}" --timeout "${APP_TIMEOUT:-30}" --no-control-socket
