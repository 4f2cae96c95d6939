# facts only, one per line
from django
from django
from django
user_model = get_user_model()
