# facts only, one per line
MONGO_URI
mongodb://
postgres://
MONGO_URI
