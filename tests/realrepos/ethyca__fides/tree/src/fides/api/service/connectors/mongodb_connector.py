# facts only, one per line
mongodb://
mongodb+srv://
"mongodb+srv://"
