# facts only, one per line
MONGO_URI
