# facts only, one per line

import django
import django
import django
import django
import django
from django
