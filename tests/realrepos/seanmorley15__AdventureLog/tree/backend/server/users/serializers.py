# facts only, one per line
from django
User = get_user_model()
from django
from django
from django
from django
from django
UserModel = get_user_model()
from django
