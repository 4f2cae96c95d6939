# facts only, one per line
from django
from django
from django
from django
User = get_user_model()
