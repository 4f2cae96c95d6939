# facts only, one per line
from django
from django
"runserver", "0.0.0.0:8000"
