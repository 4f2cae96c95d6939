# facts only, one per line
def create_app(
    app = Flask(
if __name__ == "__main__":
port=8080
