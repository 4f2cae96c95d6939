# facts only, one per line
settings = get_settings()
