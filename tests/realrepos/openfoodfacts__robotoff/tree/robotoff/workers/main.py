# facts only, one per line
logger = get_logger()
