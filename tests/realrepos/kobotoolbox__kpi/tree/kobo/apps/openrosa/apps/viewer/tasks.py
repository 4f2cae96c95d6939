# facts only, one per line
from django
from django
if REMONGO_PATTERN
