# facts only, one per line
VERSION = get_str_version()
__version__ = get_latest_version()
