# facts only, one per line
app = create_app()
