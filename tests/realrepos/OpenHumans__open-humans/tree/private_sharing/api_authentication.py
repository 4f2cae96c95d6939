# facts only, one per line
from django
UserModel = get_user_model()
