# facts only, one per line
app = FastAPI(
settings = get_settings()
