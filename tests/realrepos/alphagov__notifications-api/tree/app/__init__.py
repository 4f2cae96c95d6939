# facts only, one per line
def create_app(
