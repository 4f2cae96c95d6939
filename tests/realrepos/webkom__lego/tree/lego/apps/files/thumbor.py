# facts only, one per line
from django
log = get_logger()
