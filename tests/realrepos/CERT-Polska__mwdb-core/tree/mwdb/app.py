# facts only, one per line
app.config["SQLALCHEMY_DATABASE_URI
