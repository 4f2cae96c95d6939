# facts only, one per line
from django
User = get_user_model()
