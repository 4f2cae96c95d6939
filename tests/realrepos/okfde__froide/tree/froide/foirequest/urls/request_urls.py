# facts only, one per line
from django
from django
