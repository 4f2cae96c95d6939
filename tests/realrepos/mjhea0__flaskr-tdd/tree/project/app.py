# facts only, one per line
sqlite://
postgres://
"postgres://", "postgresql://"
app = Flask(
if __name__ == "__main__":
