# facts only, one per line
__version__ = get_version()
