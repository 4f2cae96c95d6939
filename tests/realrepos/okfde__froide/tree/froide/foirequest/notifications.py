# facts only, one per line
from django
from django
from django
from django
from django
Comment = get_comment_model()
