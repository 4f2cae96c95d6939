# facts only, one per line
MONGODB_URI
MONGODB_URI
MONGODB_URI
app = FastAPI(
