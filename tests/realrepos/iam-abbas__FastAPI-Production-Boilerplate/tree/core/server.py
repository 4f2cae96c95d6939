# facts only, one per line
def create_app(
    app_ = FastAPI(
app = create_app()
