# facts only, one per line
from django
"MSG_CONSOLE_PORT", "49999
