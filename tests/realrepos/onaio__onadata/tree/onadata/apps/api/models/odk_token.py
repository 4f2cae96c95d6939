# facts only, one per line
from django
from django
from django
from django
from django
AUTH_USER_MODEL = get_user_model()
