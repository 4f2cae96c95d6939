FROM python:3.10
COPY requirements.txt src/plugins/requirements-*.txt /tmp/
COPY requirements.txt setup.py MANIFEST.in /app/
