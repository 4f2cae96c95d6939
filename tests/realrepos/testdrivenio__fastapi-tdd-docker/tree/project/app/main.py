# facts only, one per line
    application = FastAPI(
