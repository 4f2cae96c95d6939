# facts only, one per line
    application = FastAPI(
if __name__ == "__main__":
