FROM python:3.10
COPY requirements.txt src/plugins/requirements-*.txt /tmp/
CMD pip install -e /usr/src/app && uvicorn mquery.app:app --host 0.0.0.0 --port 5000 --reload
