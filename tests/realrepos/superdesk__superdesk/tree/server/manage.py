# facts only, one per line

from flask_script
if __name__ == "__main__":
