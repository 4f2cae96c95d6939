# facts only, one per line
CONFIG = get_config()
postgresql://
postgresql://
postgresql://
postgresql://
postgresql://
postgresql://
