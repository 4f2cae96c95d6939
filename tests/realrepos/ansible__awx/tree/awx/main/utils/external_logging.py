# facts only, one per line
from django
port = 443 if parsed.scheme == 'https' else 80
