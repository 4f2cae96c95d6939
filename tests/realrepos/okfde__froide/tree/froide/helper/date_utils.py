# facts only, one per line
from django
from django
from django
if __name__ == "__main__":
