# facts only, one per line
import django
from django
port=8000
    from django
    from django
    from django
    from django
