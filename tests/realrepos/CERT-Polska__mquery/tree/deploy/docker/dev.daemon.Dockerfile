FROM python:3.10
COPY requirements.txt src/plugins/requirements-*.txt /tmp/
CMD pip install -e /usr/src/app && watchmedo auto-restart --pattern=*.py --recursive -- mquery-daemon
