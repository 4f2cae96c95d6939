# facts only, one per line
from django
