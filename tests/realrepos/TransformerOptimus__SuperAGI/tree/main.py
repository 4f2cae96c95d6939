# facts only, one per line
app = FastAPI(
DB_HOST
postgresql://
postgresql://
# postgresql://
