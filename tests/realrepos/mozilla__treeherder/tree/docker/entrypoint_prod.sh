# queries do not consume a gunicorn worker for unbounded lengths of time.
    exec newrelic-admin run-program gunicorn treeherder.config.wsgi:application --timeout 30 --bind 0.0.0.0
