# facts only, one per line
def get_app(
    app = FastAPI(
