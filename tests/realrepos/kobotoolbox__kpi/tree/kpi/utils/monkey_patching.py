# facts only, one per line
import django
import django
from django
from django
from django
from django
