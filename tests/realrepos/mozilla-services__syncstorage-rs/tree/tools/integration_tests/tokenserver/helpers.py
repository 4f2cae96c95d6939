# facts only, one per line
"spanner://"
def make_app(
