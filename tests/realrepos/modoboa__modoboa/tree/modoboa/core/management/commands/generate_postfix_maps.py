# facts only, one per line
from django
from django
from django
from django
from django
"PORT", "5432
"PORT", "3306
