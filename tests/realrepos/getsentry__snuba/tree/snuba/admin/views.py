# facts only, one per line
application = Flask(
