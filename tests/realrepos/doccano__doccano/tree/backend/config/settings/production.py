# facts only, one per line
DEBUG = False
