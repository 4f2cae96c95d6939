# facts only, one per line
"redis://"
def create_app(
