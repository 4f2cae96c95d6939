# facts only, one per line
from django
if __name__ == "__main__":
