# facts only, one per line
DATABASES
DB_HOST
"memory://"
DEBUG = False
