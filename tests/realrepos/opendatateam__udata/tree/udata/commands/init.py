# facts only, one per line
if current_app.config["ELASTICSEARCH_URL
