# facts only, one per line
settings: BackendBaseSettings = get_settings()
