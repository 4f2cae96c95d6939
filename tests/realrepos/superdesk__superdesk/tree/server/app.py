# facts only, one per line
def get_app(
if __name__ == "__main__":
"PORT", "5000
