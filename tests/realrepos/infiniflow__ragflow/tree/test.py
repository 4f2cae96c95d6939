# facts only, one per line
app = FastAPI(
if __name__ == "__main__":
port=8000
