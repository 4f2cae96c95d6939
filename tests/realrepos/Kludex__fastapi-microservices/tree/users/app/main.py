# facts only, one per line
    application = FastAPI(
app = create_application()
