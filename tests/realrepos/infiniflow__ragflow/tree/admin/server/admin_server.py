# facts only, one per line
if __name__ == "__main__":
    app = Flask(
port=9381
