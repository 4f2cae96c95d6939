# facts only, one per line
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
languages = get_fixed_lang_codes()
