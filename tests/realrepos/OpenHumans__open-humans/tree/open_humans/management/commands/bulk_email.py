# facts only, one per line
from django
from django
from django
from django
UserModel = get_user_model()
