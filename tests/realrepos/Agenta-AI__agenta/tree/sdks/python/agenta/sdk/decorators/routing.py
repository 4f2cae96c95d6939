# facts only, one per line
def create_app(
    app = FastAPI(
default_app: FastAPI = create_app()
