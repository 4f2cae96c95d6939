# facts only, one per line
import django
from django
from django
from django
from django
from django
DJANGO_SETTINGS_MODULE', 'bugsink_conf'
        from django
