# facts only, one per line
CONFIG = get_config()
"postgresql+pg8000://"
