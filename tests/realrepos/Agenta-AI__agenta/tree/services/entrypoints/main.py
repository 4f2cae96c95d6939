# facts only, one per line
services_app = create_app()
app = FastAPI(
if __name__ == "__main__":
port=8080
