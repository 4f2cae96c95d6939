# facts only, one per line
from django
from django
from django
Application = get_application_model()
