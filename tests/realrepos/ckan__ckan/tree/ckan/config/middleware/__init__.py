# facts only, one per line
def make_app(
