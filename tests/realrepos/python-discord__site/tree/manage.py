# facts only, one per line
import django
from django
from django
        from django
if __name__ == '__main__':
