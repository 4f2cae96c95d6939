# facts only, one per line
from django
from django
from django
bind = "0.0.0.0:18150"
