# facts only, one per line
import django
from django
from django
from django
from django
from django
from django
from django
from django
from django
from django
