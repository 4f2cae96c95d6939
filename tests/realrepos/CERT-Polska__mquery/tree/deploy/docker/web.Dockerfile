FROM node:18 AS build
FROM python:3.10
COPY requirements.txt src/plugins/requirements-*.txt /tmp/
COPY requirements.txt setup.py MANIFEST.in /usr/src/app/
CMD ["uvicorn", "mquery.app:app", "--host", "0.0.0.0", "--port", "5000"]
