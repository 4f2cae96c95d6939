# facts only, one per line
def create_app(
redis://
redis://
redis://
redis://
def get_app(
