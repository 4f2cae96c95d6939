# facts only, one per line
app = Flask(
if __name__ == '__main__':
