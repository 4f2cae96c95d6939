# facts only, one per line
    app = FastAPI(
    app = FastAPI(
