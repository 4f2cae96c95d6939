# facts only, one per line
logging = get_default_logger()
