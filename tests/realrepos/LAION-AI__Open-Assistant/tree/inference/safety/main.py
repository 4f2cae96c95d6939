# facts only, one per line
app = fastapi.FastAPI(
if __name__ == "__main__":
port=8008
