# facts only, one per line
app = Celery(
"http://"
"https://"
