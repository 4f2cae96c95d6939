# facts only, one per line
'memory://'
sqlite://
        app.config['SQLALCHEMY_DATABASE_URI
def make_app(
