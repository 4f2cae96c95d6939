/app/.venv/bin/mwdb-core configure --quiet basic && /app/.venv/bin/gunicorn
