# facts only, one per line
flask_app = create_app()
