# facts only, one per line
DATABASES
"memory://"
DEBUG = False
