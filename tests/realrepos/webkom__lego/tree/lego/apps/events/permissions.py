# facts only, one per line
log = get_logger()
