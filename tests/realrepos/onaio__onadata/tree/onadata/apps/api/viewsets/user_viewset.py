# facts only, one per line
from django
from django
BaseViewset = get_baseviewset_class()
User = get_user_model()
