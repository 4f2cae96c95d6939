# facts only, one per line
app = fastapi.FastAPI(
redis://
if __name__ == "__main__":
