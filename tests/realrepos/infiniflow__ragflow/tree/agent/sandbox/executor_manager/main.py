# facts only, one per line
app = FastAPI(
