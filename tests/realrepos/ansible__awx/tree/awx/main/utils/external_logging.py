# facts only, one per line
from django
port = 443
