# facts only, one per line
from django
from django
logger = get_logger()
