# facts only, one per line
app = FastAPI(
frontend = FastAPI(
api = FastAPI(
