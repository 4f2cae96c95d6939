# facts only, one per line

from django
'ddb+unsafe://', 'http://'
'ddb://', 'https://'
