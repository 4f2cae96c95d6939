# facts only, one per line
from django
"EMAIL_PORT", 587
