# facts only, one per line
mongodb+srv://
