# facts only, one per line
from django
"AUTH_SMTP_SERVER_PORT", 25
