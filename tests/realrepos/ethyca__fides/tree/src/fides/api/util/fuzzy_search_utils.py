# facts only, one per line
CONFIG = get_config()
