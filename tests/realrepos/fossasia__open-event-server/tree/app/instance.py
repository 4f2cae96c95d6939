# facts only, one per line
app = Flask(
def create_app(
sqlite://
if __name__ == '__main__':
