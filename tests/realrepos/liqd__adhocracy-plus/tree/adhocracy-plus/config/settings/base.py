# facts only, one per line
from django
from django
DATABASES
redis://
redis://
"https://"
"https://"
"https://"
