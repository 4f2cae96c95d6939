# facts only, one per line
from django
DATABASES
sqlite://
MONGO_CONNECTION_URL
mongodb://
MONGO_CONNECTION_URL
