# facts only, one per line
application = create_app()
