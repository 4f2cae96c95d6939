# facts only, one per line
        app = Flask(
