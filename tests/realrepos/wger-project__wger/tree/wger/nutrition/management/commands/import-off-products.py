# facts only, one per line
mongodb://
port=27017
