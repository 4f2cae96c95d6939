# facts only, one per line
MONGODB_HOST
# mongodb://
"mongomock://"
"mongomock://", "mongodb://"
MONGODB_HOST
