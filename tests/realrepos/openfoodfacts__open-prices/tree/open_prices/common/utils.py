# facts only, one per line
from django
"http://", "https://"
"http://", "https://"
