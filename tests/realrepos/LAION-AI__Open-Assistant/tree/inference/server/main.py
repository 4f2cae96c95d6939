# facts only, one per line
app = fastapi.FastAPI(
