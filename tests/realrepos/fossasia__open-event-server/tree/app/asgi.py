# facts only, one per line
redis://
app = FastAPI(
