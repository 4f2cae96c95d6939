# facts only, one per line
sqlite://
def create_app(
    app = Flask(
if __name__ == "__main__":
