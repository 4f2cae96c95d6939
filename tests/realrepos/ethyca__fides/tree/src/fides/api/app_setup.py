# facts only, one per line
    fastapi_app = FastAPI(
