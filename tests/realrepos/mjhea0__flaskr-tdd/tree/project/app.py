# facts only, one per line
sqlite://
"postgres://"
"postgres://", "postgresql://"
SQLALCHEMY_DATABASE_URI
app = Flask(
if __name__ == "__main__":
