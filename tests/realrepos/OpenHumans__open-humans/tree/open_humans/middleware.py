# facts only, one per line
from django
from django
WaffleFlag = get_waffle_flag_model()
