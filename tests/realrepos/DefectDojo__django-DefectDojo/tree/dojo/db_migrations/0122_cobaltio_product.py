# facts only, one per line

from django
import django
