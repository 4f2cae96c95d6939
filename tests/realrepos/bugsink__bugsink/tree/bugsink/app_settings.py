# facts only, one per line
from django
"PORT", "8000
