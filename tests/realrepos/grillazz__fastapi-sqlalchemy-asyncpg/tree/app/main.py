# facts only, one per line
def create_app(
    app = FastAPI(
app = create_app()
